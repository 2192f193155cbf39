/** A record-index search (logged with its purpose) and the latest access-log lines. */
export const RecordIndexSearchQuery = /* GraphQL */ `
  query RecordIndexSearch($input: RecordIndexSearchInput!) {
    recordIndexSearch(input: $input, first: 50) {
      totalCount
      edges { node { id patientName personnummer birthDate unit enterprise firstContact lastContact diagnosisCode diagnosisText box shelf scanned } }
    }
    recordIndexAccessLog(first: 20) { edges { node { id at actorSubject action criteria resultCount purpose } } }
  }
`;

export const RecordIndexLogQuery = /* GraphQL */ `
  query RecordIndexLog {
    recordIndexAccessLog(first: 20) { edges { node { id at actorSubject action criteria resultCount purpose } } }
  }
`;
