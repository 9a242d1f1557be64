/**
 * The picocli command line. Example: {@code ./canbo search "luân chuyển"} prints ranked hits.
 */
package org.canbo.cli;
