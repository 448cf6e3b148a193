-- Results of function-operation evaluation (评估结果): the note an outside body gives with an imported figure (备注),
-- shown in the unit's breakdown next to the figure.
ALTER TABLE evaluation_score ADD COLUMN figure_note text CHECK (char_length(figure_note) <= 500);
