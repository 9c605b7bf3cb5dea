-- Sessions booked before sessions had a length take the default for their kind (first session 4 h,
-- later course sessions 3 h, touch-ups 2 h), as a new booking would.
UPDATE `sessions` SET `length_minutes` = CASE
  WHEN `kind` = 'touch_up' THEN 120
  WHEN `number` = 1 THEN 240
  ELSE 180
END;
