export const CheckInReceiptQuery = /* GraphQL */ `
  query CheckInReceipt($id: String!) {
    checkInReceipt(id: $id) {
      id
      payment
      amountSek
      explanationSv
      explanationEn
      invoiceReference
      provider
      providerReference
      charged
      checkedInAt
      appointment {
        patientName
        careUnitName
        startsAt
        mode
      }
    }
  }
`;
