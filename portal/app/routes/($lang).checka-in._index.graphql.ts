/** The resident's visits today (and their children's under 13), with what each will cost and whether it is done. */
export const CheckInPageQuery = /* GraphQL */ `
  query CheckInPage {
    myVisitsToday {
      id
      patientName
      forDependant
      careUnitName
      startsAt
      mode
      checkInOpensAt
      checkInClosesAt
      fee {
        amountSek
        free
        explanation {
          sv
          en
        }
      }
      checkIn {
        id
      }
    }
    cardPayment {
      provider
      charges
    }
  }
`;

export const CheckInMutation = /* GraphQL */ `
  mutation CheckIn($appointmentId: String!, $payment: CheckInPayment) {
    checkIn(appointmentId: $appointmentId, payment: $payment) {
      id
    }
  }
`;
