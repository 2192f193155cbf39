export const ReleaseStatisticsQuery = /* GraphQL */ `
  query ReleaseStatistics($year: Int!) {
    releaseStatisticsYears
    releaseStatistics(year: $year) {
      year cases sentByRegisteredMail sentDigitally refused
      byIncomingChannel { channel count }
      byDeliveryChannel { channel count }
    }
  }
`;
