"""工作台: the home page, the since-last-time panel, the quarter matrix and the work calendar."""
