"""导入工作要点: the review between reading a plan file and saving it."""
