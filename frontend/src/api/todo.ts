import { api } from './index'
import { countedPage, type CountedPage } from './pagination'
import { MyTodoDocument, type MyTodoQuery, type TodoKind } from './generated/graphql'

export type TodoItem = MyTodoQuery['myTodo']['edges'][number]['node']
export type TodoCount = MyTodoQuery['myTodo']['counts'][number]

/** A page of the 待办 queue and the counts per kind asked for. */
export type TodoPage = CountedPage<TodoItem> & { counts: TodoCount[] }

export const TODO_PAGE_SIZE = 20

/** The caller's 待办 of these kinds (all when empty), overdue first, then the nearest deadline. */
export async function fetchTodo(kinds: TodoKind[], after: string | null, first = TODO_PAGE_SIZE): Promise<TodoPage> {
  const data = await api().execute(MyTodoDocument, { kinds: kinds.length > 0 ? kinds : null, first, after })
  return { ...countedPage(data.myTodo), counts: data.myTodo.counts }
}
