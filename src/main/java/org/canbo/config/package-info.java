/**
 * Configuration and shared resources. Example: {@code Models.load()} → the gazetteer and the word
 * segmenter, loaded once per process.
 */
package org.canbo.config;
