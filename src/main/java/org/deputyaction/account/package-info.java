/**
 * Accounts, roles and the scope each role is bound to; sign-in and the security rules.
 * Other modules ask {@link org.deputyaction.account.CurrentUser} what the signed-in user
 * may see, in their services.
 */
package org.deputyaction.account;
