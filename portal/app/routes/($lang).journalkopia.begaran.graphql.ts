/** Files a release request; the attachment ids come from the gateway's upload endpoint first. */
export const SubmitReleaseRequestMutation = /* GraphQL */ `
  mutation SubmitReleaseRequest($input: ReleaseRequestInput!) {
    submitReleaseRequest(input: $input) {
      id
      referenceNumber
    }
  }
`;
