// Clerk's own JS backend SDK against the emulator (`cargo run --example
// emulator --features emulator -- --port PORT`): the common calls of the
// seed flows must work unchanged, so that no answer shape is one only this
// crate accepts. Usage: node check.mjs http://127.0.0.1:PORT
import { createClerkClient } from '@clerk/backend';
import assert from 'node:assert/strict';

const apiUrl = process.argv[2];
assert.ok(apiUrl, 'usage: node check.mjs <emulator URL>');
const clerk = createClerkClient({ secretKey: 'sk_test_emulator', apiUrl });
const stamp = Date.now();
const email = (name) => `${name}.${stamp}@example.com`;
const steps = [];
const step = async (name, run) => {
  await run();
  steps.push(name);
};

let user;
await step('users.createUser', async () => {
  user = await clerk.users.createUser({ emailAddress: [email('ada')], firstName: 'Ada' });
  assert.match(user.id, /^user_/);
  assert.equal(user.firstName, 'Ada');
});
await step('users.getUser', async () => {
  const found = await clerk.users.getUser(user.id);
  assert.equal(found.emailAddresses[0].emailAddress, email('ada'));
});
await step('users.getUserList', async () => {
  const { data, totalCount } = await clerk.users.getUserList({ emailAddress: [email('ada')] });
  assert.equal(data.length, 1);
  assert.equal(data[0].id, user.id);
  assert.equal(typeof totalCount, 'number');
});
await step('users.updateUser', async () => {
  const updated = await clerk.users.updateUser(user.id, { lastName: 'Lovelace' });
  assert.equal(updated.lastName, 'Lovelace');
});
await step('users.getCount', async () => {
  assert.ok((await clerk.users.getCount()) >= 1);
});
let address;
await step('emailAddresses.createEmailAddress', async () => {
  address = await clerk.emailAddresses.createEmailAddress({ userId: user.id, emailAddress: email('ada.work'), verified: true });
  assert.equal(address.emailAddress, email('ada.work'));
});
await step('emailAddresses.getEmailAddress', async () => {
  assert.equal((await clerk.emailAddresses.getEmailAddress(address.id)).id, address.id);
});
await step('emailAddresses.deleteEmailAddress', async () => {
  assert.equal((await clerk.emailAddresses.deleteEmailAddress(address.id)).deleted, true);
});
let invitation;
await step('invitations.createInvitation', async () => {
  invitation = await clerk.invitations.createInvitation({ emailAddress: email('grace'), ignoreExisting: true });
  assert.equal(invitation.status, 'pending');
});
await step('invitations.getInvitationList', async () => {
  const { data } = await clerk.invitations.getInvitationList({ status: 'pending' });
  assert.ok(data.some((i) => i.id === invitation.id));
});
await step('invitations.revokeInvitation', async () => {
  assert.equal((await clerk.invitations.revokeInvitation(invitation.id)).status, 'revoked');
});
let allowed;
await step('allowlistIdentifiers.createAllowlistIdentifier', async () => {
  allowed = await clerk.allowlistIdentifiers.createAllowlistIdentifier({ identifier: email('allowed'), notify: false });
  assert.equal(allowed.identifier, email('allowed'));
});
await step('allowlistIdentifiers.getAllowlistIdentifierList', async () => {
  const { data } = await clerk.allowlistIdentifiers.getAllowlistIdentifierList();
  assert.ok(data.some((a) => a.id === allowed.id));
});
await step('allowlistIdentifiers.deleteAllowlistIdentifier', async () => {
  await clerk.allowlistIdentifiers.deleteAllowlistIdentifier(allowed.id);
});
let entry;
await step('waitlistEntries.create', async () => {
  entry = await clerk.waitlistEntries.create({ emailAddress: email('waiting'), notify: false });
  assert.equal(entry.emailAddress, email('waiting'));
});
await step('waitlistEntries.list', async () => {
  const { data } = await clerk.waitlistEntries.list({ query: email('waiting') });
  assert.equal(data[0].id, entry.id);
});
let org;
await step('organizations.createOrganization', async () => {
  org = await clerk.organizations.createOrganization({ name: `Acme ${stamp}`, createdBy: user.id });
  assert.match(org.id, /^org_/);
});
await step('organizations.getOrganizationMembershipList', async () => {
  const { data } = await clerk.organizations.getOrganizationMembershipList({ organizationId: org.id });
  assert.equal(data[0].publicUserData.userId, user.id);
});
await step('errors carry Clerk codes', async () => {
  await assert.rejects(clerk.users.getUser('user_missing'), (e) => e.status === 404 && e.errors[0].code === 'resource_not_found');
});
await step('organizations.deleteOrganization', async () => {
  assert.equal((await clerk.organizations.deleteOrganization(org.id)).deleted, true);
});
await step('users.deleteUser', async () => {
  assert.equal((await clerk.users.deleteUser(user.id)).deleted, true);
});
console.log(`Clerk's JS backend SDK against the emulator: ${steps.length} calls passed`);
