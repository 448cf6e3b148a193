/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export const Role = {
  COMMAND_CENTRE: 'COMMAND_CENTRE',
  COMMITTEE: 'COMMITTEE',
  DEPARTMENT: 'DEPARTMENT',
  DISCIPLINE: 'DISCIPLINE',
  ESTABLISHMENT_OFFICE: 'ESTABLISHMENT_OFFICE',
  GRID_WORKER: 'GRID_WORKER',
  INTEGRATION: 'INTEGRATION',
  LEADER: 'LEADER',
  ORGANISATION: 'ORGANISATION',
  TOWNSHIP: 'TOWNSHIP'
} as const;

export type Role = typeof Role[keyof typeof Role];
export const UnitCategory = {
  ECONOMIC_DEVELOPMENT: 'ECONOMIC_DEVELOPMENT',
  GENERAL_SUPPORT: 'GENERAL_SUPPORT',
  LAW_ENFORCEMENT: 'LAW_ENFORCEMENT',
  LIVELIHOOD: 'LIVELIHOOD',
  SAFETY_ENVIRONMENT: 'SAFETY_ENVIRONMENT',
  SOCIAL_MANAGEMENT: 'SOCIAL_MANAGEMENT'
} as const;

export type UnitCategory = typeof UnitCategory[keyof typeof UnitCategory];
export type UnitFilter = {
  kind?: UnitKind | null | undefined;
  level?: UnitLevel | null | undefined;
  /** Substring of the name, e.g. 环境 (case-insensitive) */
  nameContains?: string | null | undefined;
  parentId?: string | null | undefined;
  /** Only units without a parent */
  rootsOnly?: boolean | null | undefined;
};

export const UnitKind = {
  COMMAND_CENTRE: 'COMMAND_CENTRE',
  COMMUNITY: 'COMMUNITY',
  DISCIPLINE_OFFICE: 'DISCIPLINE_OFFICE',
  ESTABLISHMENT_COMMITTEE: 'ESTABLISHMENT_COMMITTEE',
  ESTABLISHMENT_OFFICE: 'ESTABLISHMENT_OFFICE',
  GOVERNMENT_DEPARTMENT: 'GOVERNMENT_DEPARTMENT',
  GRID: 'GRID',
  INTERNAL_OFFICE: 'INTERNAL_OFFICE',
  MASS_ORGANISATION: 'MASS_ORGANISATION',
  ORGANISATION_DEPARTMENT: 'ORGANISATION_DEPARTMENT',
  PARTY_DEPARTMENT: 'PARTY_DEPARTMENT',
  PUBLIC_INSTITUTION: 'PUBLIC_INSTITUTION',
  REGION_GOVERNMENT: 'REGION_GOVERNMENT',
  TOWNSHIP: 'TOWNSHIP',
  TOWNSHIP_COMMAND_ROOM: 'TOWNSHIP_COMMAND_ROOM',
  VILLAGE: 'VILLAGE'
} as const;

export type UnitKind = typeof UnitKind[keyof typeof UnitKind];
export const UnitLevel = {
  CITY: 'CITY',
  COUNTY: 'COUNTY',
  TOWNSHIP: 'TOWNSHIP',
  VILLAGE: 'VILLAGE'
} as const;

export type UnitLevel = typeof UnitLevel[keyof typeof UnitLevel];
export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { subject: string, username: string | null, displayName: string, system: boolean, roles: Array<Role>, unit: { id: string, code: string, name: string, kind: UnitKind, level: UnitLevel, category: UnitCategory | null, creditCode: string | null, parentId: string | null, depth: number, childCount: number } } };

export type UnitFieldsFragment = { id: string, code: string, name: string, kind: UnitKind, level: UnitLevel, category: UnitCategory | null, creditCode: string | null, parentId: string | null, depth: number, childCount: number };

export type UnitsQueryVariables = Exact<{
  filter?: UnitFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type UnitsQuery = { units: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: string, kind: UnitKind, level: UnitLevel, category: UnitCategory | null, creditCode: string | null, parentId: string | null, depth: number, childCount: number } }> } };

export type UnitDetailQueryVariables = Exact<{
  id: string;
}>;


export type UnitDetailQuery = { unit: { id: string, code: string, name: string, kind: UnitKind, level: UnitLevel, category: UnitCategory | null, creditCode: string | null, parentId: string | null, depth: number, childCount: number, parent: { id: string, code: string, name: string } | null } };

export type UnitAncestryQueryVariables = Exact<{
  id: string;
}>;


export type UnitAncestryQuery = { unit: { id: string, parentId: string | null, parent: { id: string, parentId: string | null, parent: { id: string, parentId: string | null, parent: { id: string, parentId: string | null } | null } | null } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UnitFieldsFragmentDoc = new TypedDocumentString(`
    fragment UnitFields on Unit {
  id
  code
  name
  kind
  level
  category
  creditCode
  parentId
  depth
  childCount
}
    `, {"fragmentName":"UnitFields"}) as unknown as TypedDocumentString<UnitFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    subject
    username
    displayName
    system
    roles
    unit {
      ...UnitFields
    }
  }
}
    fragment UnitFields on Unit {
  id
  code
  name
  kind
  level
  category
  creditCode
  parentId
  depth
  childCount
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const UnitsDocument = new TypedDocumentString(`
    query Units($filter: UnitFilter, $first: Int!, $after: String) {
  units(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...UnitFields
      }
    }
  }
}
    fragment UnitFields on Unit {
  id
  code
  name
  kind
  level
  category
  creditCode
  parentId
  depth
  childCount
}`) as unknown as TypedDocumentString<UnitsQuery, UnitsQueryVariables>;
export const UnitDetailDocument = new TypedDocumentString(`
    query UnitDetail($id: ID!) {
  unit(id: $id) {
    ...UnitFields
    parent {
      id
      code
      name
    }
  }
}
    fragment UnitFields on Unit {
  id
  code
  name
  kind
  level
  category
  creditCode
  parentId
  depth
  childCount
}`) as unknown as TypedDocumentString<UnitDetailQuery, UnitDetailQueryVariables>;
export const UnitAncestryDocument = new TypedDocumentString(`
    query UnitAncestry($id: ID!) {
  unit(id: $id) {
    id
    parentId
    parent {
      id
      parentId
      parent {
        id
        parentId
        parent {
          id
          parentId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitAncestryQuery, UnitAncestryQueryVariables>;