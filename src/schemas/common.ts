import { z } from 'astro/zod';

/** A lower-case, dash-separated identifier (file names, ids, anchors). */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes only');

/** An HTTP status code. */
export const StatusCodeNumberSchema = z
  .number()
  .int('must be a whole number')
  .min(100, 'must be an HTTP status code from 100 to 599')
  .max(599, 'must be an HTTP status code from 100 to 599');

/** Non-empty text after trimming. */
export const TextSchema = z.string().trim().min(1, 'must not be empty');
