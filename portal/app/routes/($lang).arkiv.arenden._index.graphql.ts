export const ReleaseQueueQuery = /* GraphQL */ `
  query ReleaseQueue($filter: ReleaseQueueFilter, $sort: ReleaseQueueSort, $after: String) {
    releaseRequestQueue(filter: $filter, sort: $sort, first: 25, after: $after) {
      totalCount
      edges { node { id referenceNumber status receivedOn incomingChannel careUnit assigneeName } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
