"""Language data for 'de': event triggers, grammar cues, contexts, time words, actor names."""
