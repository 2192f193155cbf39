export const MyReleaseRequestsQuery = /* GraphQL */ `
  query MyReleaseRequests {
    myReleaseRequests(first: 100) {
      totalCount
      edges { node { id referenceNumber status receivedOn careUnit } }
    }
  }
`;
