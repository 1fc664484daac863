import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { MASK, RevealError } from '../../../components/credentials/credential-parts';
import type { App } from '../api/app-queries';
import classes from './apps-table.module.css';
import { ListCredential, useRevealedView } from './list-credentials';

/**
 * The Key and Secret rows under a revealed App's row: the label under the App's name, the
 * value with its copy button across the columns up to the eyeball's, and under the eyeball the
 * auto-hide notice, in a cell of both rows' height so that its words fit and move nothing.
 * Each row is named `Key of <name>` / `Secret of <name>` for screen readers' table navigation.
 */
export function CredentialsRows(props: {
  app: App;
  revealed: boolean;
  columns: number;
  notice: ReactNode;
}) {
  const { app, revealed, columns, notice } = props;
  return (
    <>
      {(['key', 'secret'] as const).map((field, index) => (
        <Table.Tr
          key={field}
          aria-label={`${field === 'key' ? 'Key' : 'Secret'} of ${app.name}`}
          className={classes.credentialsRow}
        >
          <Table.Th scope="row" className={classes.credentialLabel}>
            {field === 'key' ? 'Key' : 'Secret'}
          </Table.Th>
          {revealed ? (
            <RevealedCredentialCells app={app} field={field} colSpan={columns - 2} />
          ) : (
            <Table.Td colSpan={columns - 2}>
              <span className={classes.masked}>{MASK}</span>
            </Table.Td>
          )}
          {index === 0 && (
            <Table.Td rowSpan={2} className={classes.noticeCell}>
              {notice}
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </>
  );
}

/** Mounted only while revealed, so the credentials leave the cache when hidden. */
function RevealedCredentialCells(props: { app: App; field: 'key' | 'secret'; colSpan: number }) {
  const { app, field, colSpan } = props;
  const view = useRevealedView(app.id);
  return (
    <Table.Td colSpan={colSpan} data-no-row-click>
      {view.state === 'error' ? (
        field === 'key' ? (
          <RevealError message={view.message} retry={view.retry} />
        ) : (
          <span className={classes.masked}>{MASK}</span>
        )
      ) : (
        <ListCredential app={app} field={field} view={view} layout="line" />
      )}
    </Table.Td>
  );
}
