/**
 * A unit's page: its hours now, the coming week and exceptions, how to get there, and the fees that
 * apply there (from the fees subgraph through the CareUnit entity). Staff also get the internal
 * routes, asked for only when the viewer reads staff fields. The e-services the unit offers come from
 * the e-services subgraph the same way.
 */
export const CareUnitPageQuery = /* GraphQL */ `
  query CareUnitPage($hsaId: String!, $staff: Boolean!) {
    careUnitByHsaId(hsaId: $hsaId) {
      id
      hsaId
      name
      kind
      region
      municipality
      address
      phone
      webUrl
      description {
        sv
        en
      }
      coordinates {
        lat
        lon
      }
      closedOnPublicHolidays
      openingStatus {
        at
        open
        closesAt
        opensNext
        hoursKnown
        today {
          date
          weekday
          source
          note {
            sv
            en
          }
          spans {
            opens
            closes
            closesNextDay
          }
        }
      }
      openingDays(days: 7) {
        date
        weekday
        source
        note {
          sv
          en
        }
        spans {
          opens
          closes
          closesNextDay
        }
      }
      regularHours {
        weekday
        spans {
          opens
          closes
          closesNextDay
        }
      }
      upcomingExceptions(days: 90) {
        fromDate
        toDate
        reason
        label {
          sv
          en
        }
        closed
        spans {
          weekday
          opens
          closes
          closesNextDay
        }
      }
      fees {
        visitKind
        label {
          sv
          en
        }
        amountSek
      }
      eServices {
        slug
        name {
          sv
          en
        }
        summary {
          sv
          en
        }
        channel
      }
      internalPhone @include(if: $staff)
      contactRoutes @include(if: $staff) {
        kind
        label {
          sv
          en
        }
        value
        hours {
          sv
          en
        }
      }
    }
  }
`;
