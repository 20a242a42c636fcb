"""Language data for 'nl': event triggers, grammar cues, contexts, time words, actor names."""
