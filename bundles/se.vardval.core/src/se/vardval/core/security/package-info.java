/**
 * Users, their roles and the permission every write of the service layer checks: an administrator of one vårdval or
 * of all, an approver (attestant), and read-only users; reads are open to every authenticated user.
 */
package se.vardval.core.security;
