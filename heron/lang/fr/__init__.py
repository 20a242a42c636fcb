"""Language data for 'fr': event triggers, grammar cues, contexts, time words, actor names."""
