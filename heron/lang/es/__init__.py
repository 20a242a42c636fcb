"""Language data for 'es': event triggers, grammar cues, contexts, time words, actor names."""
