/** The archive's holdings, what it keeps and what it does not. */
export const ArchiveHoldingsQuery = /* GraphQL */ `
  query ArchiveHoldings {
    archiveHoldings(first: 100) {
      edges {
        node {
          id
          slug
          title { sv en }
          description { sv en }
          kind
          held
          whereToAsk { sv en }
          periodFrom
          periodTo
          extentMeters
          creator
          whereKept
          accessConditions { sv en }
          audience
        }
      }
    }
  }
`;
