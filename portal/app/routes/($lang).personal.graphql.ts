/** The staff start page: the guidelines staff may read and the care units' internal numbers. */
export const StaffPageQuery = /* GraphQL */ `
  query StaffPage($region: String!) {
    guidelines(first: 50) {
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
          owner
          reviewDue
        }
      }
    }
    careUnits(first: 100, filter: { region: $region }) {
      edges {
        node {
          id
          name
          municipality
          internalPhone
        }
      }
    }
  }
`;
