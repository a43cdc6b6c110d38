"""The Qt-free domain: policy models, identifiers, durations, decisions and intrusiveness."""
