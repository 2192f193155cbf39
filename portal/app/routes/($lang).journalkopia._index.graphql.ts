/** Where to ask for a copy of a record, from the resident's answers. */
export const RecordCopyAdviceQuery = /* GraphQL */ `
  query RecordCopyAdvice($input: RecordCopyAdviceInput!) {
    recordCopyAdvice(input: $input) {
      answer
      contact { sv en }
      reasons { sv en }
      requirements { sv en }
      requestHere
    }
  }
`;
