import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';

/**
 * "Remove API products still in use?": asked before a save that removes products callers still
 * used recently. A dialog of the drawer's own, like the unsaved-changes question.
 */
export function StillInUseDialog({
  lines,
  onKeepEditing,
  onConfirm,
}: {
  /** One line per product still in use, with its figures; null while not asking. */
  lines: string[] | null;
  onKeepEditing: () => void;
  onConfirm: () => void;
}) {
  return (
    <Modal
      opened={lines !== null}
      onClose={onKeepEditing}
      title="Remove API products still in use?"
    >
      <Stack gap="xs">
        <Text size="sm">
          Callers of these products with this App’s Key and Secret will be refused:
        </Text>
        <List size="sm">
          {lines?.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </Stack>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onKeepEditing}>
          Keep editing
        </Button>
        <Button color="red" onClick={onConfirm}>
          Remove and save
        </Button>
      </Group>
    </Modal>
  );
}
