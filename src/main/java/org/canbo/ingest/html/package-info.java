/**
 * Text of HTML pages: main content by Readability4J, a flagged fallback to the visible text when
 * too little is kept, data tables as rows with their header first, and the benchmark scoring
 * ({@link org.canbo.ingest.html.ShingleScorer}) that {@code canbo bench-clean} reports.
 *
 * <p>Example: {@code <body class="nav-open"><nav>Trang chủ</nav><div class="has-sidebar"><h1>Luân
 * chuyển cán bộ</h1><p>Từ năm 2014 ...</p><table><tr><th>Đơn vị</th><th>Số</th></tr><tr><td>Cao
 * Lộc</td><td>9</td></tr></table></div><footer>Bản quyền</footer></body>} → {@code
 * PageText("Luân chuyển cán bộ\nTừ năm 2014 ...\nĐơn vị | Số\nCao Lộc | 9", [])}; a page whose
 * main content keeps under 30% of its visible words → its visible text and the flag {@code
 * "cleaning: fallback (kept 14% of the page's visible text)"}.
 */
package org.canbo.ingest.html;
