import { EServiceFields } from "./($lang).e-tjanster.service.view";

/** One service's page: the card's fields, its Markdown description, its easy-to-read summary and where to go. */
export const EServicePageQuery = /* GraphQL */ `
  query EServicePage($slug: String!, $visitor: VisitorInput) {
    eService(slug: $slug) {
      ...EServiceFields
      description {
        sv
        en
      }
      eligibility {
        sv
        en
      }
      availability {
        sv
        en
      }
      webUrl
      easyToRead {
        sv
        en
      }
    }
  }
  ${EServiceFields}
`;
