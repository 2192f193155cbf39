/**
 * "Sök": every subgraph's search in one operation (decision 022). Each root field is its own section,
 * so a subgraph that does not answer leaves the other types on the page. Each type has its own page
 * size: a type that is not shown is asked for one hit (its count is what the facet needs), which keeps
 * the operation under the gateway's cost limit (decision 020's estimator counts `first`).
 */
const results = /* GraphQL */ `
  fragment SearchResultsFields on SearchResults {
    totalCount
    didYouMean
    terms
    hits {
      type
      id
      path
      score
      region
      title {
        text
        highlights {
          start
          length
        }
      }
      snippet {
        text
        highlights {
          start
          length
        }
      }
    }
  }
`;

export const SiteSearchQuery = /* GraphQL */ `
  query SiteSearch($text: String!, $careUnits: Int!, $eServices: Int!, $fees: Int!, $archive: Int!, $guidelines: Int!) {
    searchCareUnits(text: $text, first: $careUnits) {
      ...SearchResultsFields
    }
    searchEServices(text: $text, first: $eServices) {
      ...SearchResultsFields
    }
    searchFees(text: $text, first: $fees) {
      ...SearchResultsFields
    }
    searchArchiveHoldings(text: $text, first: $archive) {
      ...SearchResultsFields
    }
    searchGuidelines(text: $text, first: $guidelines) {
      ...SearchResultsFields
    }
  }
  ${results}
`;
