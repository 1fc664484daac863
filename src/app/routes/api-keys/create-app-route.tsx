// `/api-keys/new`, loaded on first use: the create drawer needs nothing from other features.
export { CreateAppDrawer as Component } from '../../../features/apps/components/create-app-drawer';
