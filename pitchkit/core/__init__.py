"""The Qt-free domain: model, project files, analysis."""
