/** The home page's one operation: care units, fees and e-services come from three subgraphs through the gateway. */
export const PortalHomeQuery = /* GraphQL */ `
  query PortalHome($region: String!) {
    careUnits(first: 6) {
      totalCount
      edges {
        node {
          id
          name
          kind
          municipality
          address
          phone
        }
      }
    }
    currentFeeSchedule(region: $region) {
      id
      title {
        sv
        en
      }
      validFrom
      validTo
      freeUnderAge
      highCostLimitSek
      items {
        visitKind
        label {
          sv
          en
        }
        amountSek
      }
    }
    eServices(first: 6) {
      edges {
        node {
          id
          slug
          name {
            sv
            en
          }
          summary {
            sv
            en
          }
          channel
        }
      }
    }
  }
`;
