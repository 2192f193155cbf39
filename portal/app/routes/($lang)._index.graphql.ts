/**
 * The home page's one operation: care units, fees and e-services come from three subgraphs through the gateway;
 * care staff also get the newest guidelines (a fourth), asked for only when the viewer is staff.
 */
export const PortalHomeQuery = /* GraphQL */ `
  query PortalHome($region: String!, $staff: Boolean!) {
    staffGuidelines: guidelines(first: 3) @include(if: $staff) {
      totalCount
      edges {
        node {
          id
          title {
            sv
            en
          }
        }
      }
    }
    careUnits(first: 6) {
      totalCount
      edges {
        node {
          id
          hsaId
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
