"""报表: the quarterly summary preview — tables, charts — and its export."""
