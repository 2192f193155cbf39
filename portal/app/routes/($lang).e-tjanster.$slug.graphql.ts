import { EServiceFields } from "./e-tjanster.service.view";

/** One service's page: the card's fields, its Markdown description and where to go. */
export const EServicePageQuery = /* GraphQL */ `
  query EServicePage($slug: String!, $visitor: VisitorInput) {
    eService(slug: $slug) {
      ...EServiceFields
      description {
        sv
      }
      eligibility {
        sv
      }
      availability {
        sv
      }
      webUrl
    }
  }
  ${EServiceFields}
`;
