/**
 * "Hitta vård": one page of care units with their opening status at the same instant the "open now"
 * filter uses. Ordered by name, or (the second operation) nearest first from a point, with the
 * distance to each unit.
 */
const listItem = /* GraphQL */ `
  fragment FindCareItem on CareUnit {
    id
    hsaId
    name
    kind
    municipality
    address
    phone
    openingStatus(at: $now) {
      open
      closesAt
      opensNext
      hoursKnown
    }
  }
`;

export const FindCareQuery = /* GraphQL */ `
  query FindCare($first: Int!, $after: String, $filter: CareUnitFilter!, $now: DateTimeISO!) {
    careUnits(first: $first, after: $after, filter: $filter, orderBy: NAME) {
      totalCount
      edges {
        node {
          ...FindCareItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${listItem}
`;

export const FindCareNearQuery = /* GraphQL */ `
  query FindCareNear($first: Int!, $after: String, $filter: CareUnitFilter!, $now: DateTimeISO!, $near: GeoPointInput!) {
    careUnits(first: $first, after: $after, filter: $filter, orderBy: DISTANCE, near: $near) {
      totalCount
      edges {
        node {
          ...FindCareItem
          distanceKm(from: $near)
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${listItem}
`;
