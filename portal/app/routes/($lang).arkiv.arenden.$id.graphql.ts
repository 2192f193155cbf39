/** A request as archive staff see it: the requester's facts, who handles it, the next steps and who took each. */
export const StaffReleaseRequestQuery = /* GraphQL */ `
  query StaffReleaseRequest($id: ID!) {
    releaseRequest(id: $id) {
      id referenceNumber status receivedOn subject patientName periodFrom periodTo injuryDate injuryOrCause careUnit legalBasis
      deliveryWanted harmDecision harmReasons decisionText sentChannel sentOn
      attachments { id fileName mediaType sizeBytes }
      history { seq at action toStatus note actorSubject }
      submitterPersonnummer
      assigneeName
      nextSteps
    }
  }
`;

export const AssignReleaseRequestMutation = /* GraphQL */ `
  mutation AssignReleaseRequest($id: ID!, $toMe: Boolean!) { assignReleaseRequest(id: $id, toMe: $toMe) { id } }
`;

export const AdvanceReleaseRequestMutation = /* GraphQL */ `
  mutation AdvanceReleaseRequest($id: ID!, $input: ReleaseStepInput!) { advanceReleaseRequest(id: $id, input: $input) { id status } }
`;
