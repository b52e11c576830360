import { Text } from '@backstage/ui';
import { Table, TableColumn } from '@backstage/core-components';

/** The flags family's tables: dense, whole (no paging, search or toolbar), a grey empty line. */
export function FlagsTable<T extends object>(props: {
  columns: TableColumn<T>[];
  data: T[];
  /** What an empty table says, e.g. "The team owns no components." */
  empty: string;
}) {
  return (
    <Table
      options={{
        paging: false,
        search: false,
        toolbar: false,
        padding: 'dense',
      }}
      columns={props.columns}
      data={props.data}
      emptyContent={
        <Text as="p" color="secondary">
          {props.empty}
        </Text>
      }
    />
  );
}
