import { EServiceFields } from "./($lang).e-tjanster.service.view";

/** The catalogue: one page of services, each with whether this visitor can use it and why. */
export const EServiceCatalogueQuery = /* GraphQL */ `
  query EServiceCatalogue($filter: EServiceFilter, $visitor: VisitorInput, $first: Int!, $after: String) {
    eServices(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...EServiceFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${EServiceFields}
`;
