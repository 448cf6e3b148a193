/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Me {\n  me {\n    subject\n    username\n    displayName\n    system\n    roles\n    unit {\n      ...UnitFields\n    }\n  }\n}": typeof types.MeDocument,
    "fragment UnitFields on Unit {\n  id\n  code\n  name\n  kind\n  level\n  category\n  creditCode\n  parentId\n  depth\n  childCount\n}\n\nquery Units($filter: UnitFilter, $first: Int!, $after: String) {\n  units(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...UnitFields\n      }\n    }\n  }\n}\n\nquery UnitDetail($id: ID!) {\n  unit(id: $id) {\n    ...UnitFields\n    parent {\n      id\n      code\n      name\n    }\n  }\n}\n\nquery UnitAncestry($id: ID!) {\n  unit(id: $id) {\n    id\n    parentId\n    parent {\n      id\n      parentId\n      parent {\n        id\n        parentId\n        parent {\n          id\n          parentId\n        }\n      }\n    }\n  }\n}": typeof types.UnitFieldsFragmentDoc,
};
const documents: Documents = {
    "query Me {\n  me {\n    subject\n    username\n    displayName\n    system\n    roles\n    unit {\n      ...UnitFields\n    }\n  }\n}": types.MeDocument,
    "fragment UnitFields on Unit {\n  id\n  code\n  name\n  kind\n  level\n  category\n  creditCode\n  parentId\n  depth\n  childCount\n}\n\nquery Units($filter: UnitFilter, $first: Int!, $after: String) {\n  units(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...UnitFields\n      }\n    }\n  }\n}\n\nquery UnitDetail($id: ID!) {\n  unit(id: $id) {\n    ...UnitFields\n    parent {\n      id\n      code\n      name\n    }\n  }\n}\n\nquery UnitAncestry($id: ID!) {\n  unit(id: $id) {\n    id\n    parentId\n    parent {\n      id\n      parentId\n      parent {\n        id\n        parentId\n        parent {\n          id\n          parentId\n        }\n      }\n    }\n  }\n}": types.UnitFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    subject\n    username\n    displayName\n    system\n    roles\n    unit {\n      ...UnitFields\n    }\n  }\n}"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UnitFields on Unit {\n  id\n  code\n  name\n  kind\n  level\n  category\n  creditCode\n  parentId\n  depth\n  childCount\n}\n\nquery Units($filter: UnitFilter, $first: Int!, $after: String) {\n  units(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...UnitFields\n      }\n    }\n  }\n}\n\nquery UnitDetail($id: ID!) {\n  unit(id: $id) {\n    ...UnitFields\n    parent {\n      id\n      code\n      name\n    }\n  }\n}\n\nquery UnitAncestry($id: ID!) {\n  unit(id: $id) {\n    id\n    parentId\n    parent {\n      id\n      parentId\n      parent {\n        id\n        parentId\n        parent {\n          id\n          parentId\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').UnitFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
