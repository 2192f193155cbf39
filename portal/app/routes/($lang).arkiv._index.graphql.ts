/** The archive's holdings, what it keeps and what it does not. */
export const ArchiveHoldingsQuery = /* GraphQL */ `
  query ArchiveHoldings {
    archiveHoldings(first: 100) {
      edges {
        node {
          id
          slug
          title { sv }
          description { sv }
          kind
          held
          whereToAsk { sv }
          periodFrom
          periodTo
          extentMeters
          creator
          whereKept
          accessConditions { sv }
          audience
        }
      }
    }
  }
`;
