/**
 * Opening the Vårdval Workbench database (embedded H2 or PostgreSQL); the stores themselves are OSGi services with the
 * interfaces of {@code se.vardval.core.store}.
 */
package se.vardval.persistence;
