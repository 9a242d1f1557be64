/**
 * Vietnamese typed in the legacy 8-bit font encodings TCVN3 (ABC, ".VnTime") and VNI: detection
 * from font names and character patterns checked against Vietnamese syllable structure, and
 * conversion to Unicode NFC with our own tables (glibc's TCVN5712-1; VNI-Windows).
 *
 * <p>Example: {@code "NghÞ quyÕt §¹i héi"} (TCVN3 read as Latin-1) → {@code Converted(TCVN3,
 * "Nghị quyết Đại hội")}; {@code "Ñaûng boä"} (VNI) → {@code Converted(VNI, "Đảng bộ")}; French
 * "Où est le poète" → {@code Unicode()}.
 */
package org.canbo.ingest.legacy;
