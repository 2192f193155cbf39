/** The residents' explainer: what a guardian and a child reach online, from the staff tool's rules. */
export const ExplainJournalAccessQuery = /* GraphQL */ `
  query ExplainJournalAccess($question: ResidentAccessQuestionInput!) {
    explainJournalAccess(question: $question) {
      you {
        eServices
        journal
        reasons {
          rule
          text {
            sv
            en
          }
        }
      }
      child {
        eServices
        journal
        visibleUnits
        reasons {
          rule
          text {
            sv
            en
          }
        }
      }
    }
  }
`;
