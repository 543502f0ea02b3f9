/**
 * Proves in a JUnit 5 test that an application's logs are token-free.
 *
 * <ul>
 *   <li>{@link io.redactor.junit.TokenFreeLogs}: fails a test when its configured appenders wrote
 *       a secret.</li>
 *   <li>{@link io.redactor.junit.Canaries}: fresh fake secrets of real formats to plant in
 *       requests; any of them found in the output is a leak.</li>
 *   <li>{@link io.redactor.junit.LogCapture}: the captured lines and finer assertions, with or
 *       without the annotation.</li>
 * </ul>
 */
package io.redactor.junit;
