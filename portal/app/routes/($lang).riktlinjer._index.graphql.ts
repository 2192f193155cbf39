/** The guideline list: one page of the guidelines the viewer may read, optionally in one category. */
export const GuidelineListQuery = /* GraphQL */ `
  query GuidelineList($first: Int!, $after: String, $filter: GuidelineFilter) {
    guidelines(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          slug
          title {
            sv
            en
          }
          summary {
            sv
            en
          }
          category
          audience
          region
          reviewDue
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
