/** One request as its requester (or archive staff) sees it, with its history. */
export const ReleaseRequestQuery = /* GraphQL */ `
  query ReleaseRequest($id: ID!) {
    releaseRequest(id: $id) {
      id
      referenceNumber
      status
      receivedOn
      subject
      patientName
      periodFrom
      periodTo
      injuryDate
      injuryOrCause
      careUnit
      legalBasis
      deliveryWanted
      harmDecision
      harmReasons
      decisionText
      sentChannel
      sentOn
      attachments { id fileName mediaType sizeBytes }
      history { seq at action toStatus note }
    }
  }
`;
