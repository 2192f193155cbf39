/** One guideline, with what the page shows beside its body. */
export const GuidelinePageQuery = /* GraphQL */ `
  query GuidelinePage($slug: String!) {
    guideline(slug: $slug) {
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
      body {
        sv
        en
      }
      easyToRead {
        sv
        en
      }
      category
      audience
      region
      owner
      lastReviewed
      reviewDue
      relatedForms {
        name
        whereToFind
        sendTo
      }
      contactRoutes {
        label
        phone
        hours
        note
      }
    }
  }
`;
