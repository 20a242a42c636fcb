"""Language data for 'en': event triggers, grammar cues, contexts, time words, actor names."""
