/**
 * Compile-time proof that a Phaser Graphics object can be passed wherever the art expects a
 * `Painter`: if Phaser changes a drawing method's signature, typechecking fails here, not in
 * a scene. Type-only: nothing of Phaser is loaded.
 */
import type * as Phaser from 'phaser';
import type { Painter } from './painter';

type Assert<T extends true> = T;

export type GraphicsIsPainter = Assert<Phaser.GameObjects.Graphics extends Painter ? true : false>;
